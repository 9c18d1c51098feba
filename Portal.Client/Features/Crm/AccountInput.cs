namespace Lodestar.Portal.Client.Features.Crm;

/// <summary>What a person enters to create or edit an account.</summary>
public sealed record AccountInput
{
    public string? Name { get; init; }
    public string? Domain { get; init; }
    public string? Industry { get; init; }
    public string? Country { get; init; }
    public int? Employees { get; init; }
    public string? OwnerId { get; init; }
}
