# The server image: built from source, runs on the ASP.NET Core runtime.
FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
WORKDIR /src
# npm installs the pinned Banana Cake Pop package that the build copies into the output (Server/Api/Ide/npm).
RUN apt-get update && apt-get install -y --no-install-recommends nodejs npm && rm -rf /var/lib/apt/lists/*
COPY . .
RUN dotnet publish Server/Api -c Release -o /app

FROM mcr.microsoft.com/dotnet/aspnet:10.0
WORKDIR /app
COPY --from=build /app .
ENV ASPNETCORE_URLS=http://0.0.0.0:5080 \
    GRAPH_DATA_DIR=/data
EXPOSE 5080
ENTRYPOINT ["dotnet", "GraphServer.Api.dll"]
