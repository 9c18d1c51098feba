namespace Lodestar.Portal.Client.Features.Privacy.Deletions;

/// <param name="IdentifierType">email, phone, userId, anonymousId, crmContactId, deviceId or a custom identifier type.</param>
/// <param name="Mode">delete or anonymise; null for the workspace's default.</param>
public sealed record DeletionRequestInput(string? IdentifierType, string? Value, string? Mode = null);
