using System.Security.Cryptography;
using System.Text.Json;
using Microsoft.AspNetCore.DataProtection;

namespace Lodestar.Domain.Destinations;

/// <summary>
/// Encrypts a destination's secrets (a JSON object of key → value) with ASP.NET Data Protection. The key ring lives in
/// the application database, so every portal node and job server can decrypt.
/// </summary>
public sealed class DestinationSecrets(IDataProtectionProvider provider)
{
    private readonly IDataProtector _protector = provider.CreateProtector("Lodestar.Destinations.Secrets.v1");

    public string? Protect(IReadOnlyDictionary<string, string> secrets) =>
        secrets.Count == 0 ? null : _protector.Protect(JsonSerializer.Serialize(secrets));

    public IReadOnlyDictionary<string, string> Unprotect(string? protectedSecrets)
    {
        if (string.IsNullOrEmpty(protectedSecrets))
            return new Dictionary<string, string>();
        try
        {
            return JsonSerializer.Deserialize<Dictionary<string, string>>(_protector.Unprotect(protectedSecrets)) ?? [];
        }
        catch (CryptographicException ex)
        {
            throw new DestinationSecretsUnreadableException(ex);
        }
    }
}
