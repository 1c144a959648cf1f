using GraphServer.Seed.Cli;

return await SeedCli.Create(Environment.GetEnvironmentVariable).Parse(args).InvokeAsync();
