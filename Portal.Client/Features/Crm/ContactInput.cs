namespace Lodestar.Portal.Client.Features.Crm;

/// <summary>What a person enters to create or edit a contact (the whole record: fields left empty are cleared).</summary>
public sealed record ContactInput
{
    public string? ExternalId { get; init; }
    public string? FirstName { get; init; }
    public string? LastName { get; init; }
    public string? Email { get; init; }
    public string? Phone { get; init; }
    public DateOnly? BirthDate { get; init; }
    public string? Street { get; init; }
    public string? StreetNumber { get; init; }
    public string? City { get; init; }
    public string? Postcode { get; init; }
    public string? State { get; init; }
    public string? Country { get; init; }
    public long? AccountId { get; init; }
    public string? OwnerId { get; init; }
}
