namespace Lodestar.Portal.Client.Features.Crm;

/// <summary>A portal user who can own CRM records.</summary>
public sealed record OwnerDto(string Id, string Name);
