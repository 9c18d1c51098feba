namespace Lodestar.Domain.Crm;

/// <summary>A contact's editable fields, as entered (the validator trims and checks them).</summary>
public sealed record ContactFields
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
