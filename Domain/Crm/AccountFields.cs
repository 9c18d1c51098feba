namespace Lodestar.Domain.Crm;

/// <summary>An account's editable fields, as entered.</summary>
public sealed record AccountFields
{
    public string? Name { get; init; }
    public string? Domain { get; init; }
    public string? Industry { get; init; }
    public string? Country { get; init; }
    public int? Employees { get; init; }
    public string? OwnerId { get; init; }
}
