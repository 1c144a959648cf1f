using System.Net.Security;
using System.Security.Cryptography.X509Certificates;

namespace GraphServer.Bolt.Protocol;

/// <summary>TLS server-certificate policy for the +s and +ssc URI schemes.</summary>
internal static class CertificateCheck
{
    public static bool Accept(TlsMode mode, X509Certificate2Collection? trusted, X509Certificate? certificate, X509Chain? chain,
        SslPolicyErrors errors)
    {
        if (mode == TlsMode.TrustAny || errors == SslPolicyErrors.None)
        {
            return true;
        }

        // Beyond the system store, accept a chain ending in one of the configured certificates, host name still checked.
        if (trusted is not { Count: > 0 } || certificate is null || (errors & SslPolicyErrors.RemoteCertificateNameMismatch) != 0)
        {
            return false;
        }

        using var custom = new X509Chain();
        custom.ChainPolicy.TrustMode = X509ChainTrustMode.CustomRootTrust;
        custom.ChainPolicy.RevocationMode = X509RevocationMode.NoCheck;
        custom.ChainPolicy.CustomTrustStore.AddRange(trusted);
        if (chain is not null)
        {
            foreach (var element in chain.ChainElements)
            {
                custom.ChainPolicy.ExtraStore.Add(element.Certificate);
            }
        }

        using var leaf = new X509Certificate2(certificate);
        return custom.Build(leaf);
    }
}
