using System.Net;
using System.Net.Security;
using System.Net.Sockets;
using System.Security.Cryptography.X509Certificates;

namespace GraphServer.Bolt.Protocol;

/// <summary>Opening a connection: TCP (NoDelay), optional TLS, the version handshake, then HELLO and LOGON.</summary>
internal sealed partial class BoltConnection
{
    /// <summary>Bolt magic preamble 0x6060B017, then four version proposals.</summary>
    private static readonly byte[] Handshake =
    [
        0x60, 0x60, 0xB0, 0x17,
        // 00 <range> <minor> <major>: 5.8 and the 8 minor versions below it, i.e. 5.8 down to 5.0.
        0x00, 0x08, 0x08, 0x05,
        0x00, 0x00, 0x00, 0x00,
        0x00, 0x00, 0x00, 0x00,
        0x00, 0x00, 0x00, 0x00,
    ];

    public static async Task<BoltConnection> OpenAsync(ServerAddress address, ConnectionSettings settings, CancellationToken cancellationToken)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(settings.ConnectionTimeout);
        Stream? stream = null;
        try
        {
            stream = await OpenStreamAsync(address, settings, timeout.Token);
            await stream.WriteAsync(Handshake, timeout.Token);
            var reader = new ChunkReader(stream);
            var version = await reader.ReadRawAsync(4, timeout.Token);
            var connection = new BoltConnection(address, stream, CheckVersion(address, version), reader);
            await connection.AuthenticateAsync(settings, timeout.Token);
            return connection;
        }
        catch (Exception e)
        {
            if (stream is not null)
            {
                await stream.DisposeAsync();
            }

            throw e switch
            {
                OperationCanceledException when cancellationToken.IsCancellationRequested => e,
                OperationCanceledException => new ServiceUnavailableException(
                    $"Timed out after {settings.ConnectionTimeout.TotalSeconds:0.#} s connecting to {address}.", e),
                SocketException or IOException or System.Security.Authentication.AuthenticationException =>
                    new ServiceUnavailableException($"Could not connect to {address}: {e.Message}", e),
                _ => e,
            };
        }
    }

    private async Task AuthenticateAsync(ConnectionSettings settings, CancellationToken cancellationToken)
    {
        Hello(settings);
        if (Minor >= 1)
        {
            Logon(settings.Auth);
        }

        await FlushAsync(cancellationToken);
        var hello = await ExpectSuccessAsync(cancellationToken);
        ServerAgent = hello.GetValueOrDefault("server") as string ?? string.Empty;
        ConnectionId = hello.GetValueOrDefault("connection_id") as string ?? string.Empty;
        if (hello.GetValueOrDefault("hints") is IReadOnlyDictionary<string, object?> hints
            && hints.GetValueOrDefault("connection.recv_timeout_seconds") is long seconds and > 0)
        {
            ServerIdleTimeout = TimeSpan.FromSeconds(seconds);
        }

        if (Minor >= 1)
        {
            await ExpectSuccessAsync(cancellationToken);
        }
    }

    private static int CheckVersion(ServerAddress address, byte[] reply)
    {
        if (reply is [(byte)'H', (byte)'T', (byte)'T', (byte)'P'])
        {
            throw new ServiceUnavailableException($"{address} answered with HTTP; the Bolt port is usually 7687, not 7474.");
        }

        if (reply[3] != 5 || reply[2] > 8)
        {
            throw new ServiceUnavailableException(
                $"{address} does not speak Bolt 5.0–5.8 (it answered version {reply[3]}.{reply[2]}).");
        }

        return reply[2];
    }

    private static async Task<Stream> OpenStreamAsync(ServerAddress address, ConnectionSettings settings, CancellationToken cancellationToken)
    {
        var socket = await ConnectSocketAsync(address, cancellationToken);
        var network = new NetworkStream(socket, ownsSocket: true);
        if (settings.Tls == TlsMode.None)
        {
            return network;
        }

        var ssl = new SslStream(network, leaveInnerStreamOpen: false);
        try
        {
            await ssl.AuthenticateAsClientAsync(new SslClientAuthenticationOptions
            {
                TargetHost = address.Host,
                RemoteCertificateValidationCallback = (_, certificate, chain, errors) =>
                    CertificateCheck.Accept(settings.Tls, settings.TrustedCertificates, certificate, chain, errors),
            }, cancellationToken);
            return ssl;
        }
        catch
        {
            await ssl.DisposeAsync();
            throw;
        }
    }

    private static async Task<Socket> ConnectSocketAsync(ServerAddress address, CancellationToken cancellationToken)
    {
        var addresses = IPAddress.TryParse(address.Host, out var ip) ? [ip] : await Dns.GetHostAddressesAsync(address.Host, cancellationToken);
        SocketException? last = null;
        foreach (var candidate in addresses)
        {
            var socket = new Socket(candidate.AddressFamily, SocketType.Stream, ProtocolType.Tcp)
            {
                // Without NoDelay, Nagle holds back the tail of a message over ~1,400 bytes for about 40 ms.
                NoDelay = true,
            };
            try
            {
                socket.SetSocketOption(SocketOptionLevel.Socket, SocketOptionName.KeepAlive, true);
                await socket.ConnectAsync(candidate, address.Port, cancellationToken);
                return socket;
            }
            catch (SocketException e)
            {
                socket.Dispose();
                last = e;
            }
            catch
            {
                socket.Dispose();
                throw;
            }
        }

        throw last ?? new SocketException((int)SocketError.HostNotFound);
    }
}
