namespace Lodestar.Portal.Client.Features.Crm;

/// <summary>A CRM contact as lists and the record page show it. <see cref="ProfileId"/> is the unified profile it resolved to.</summary>
public sealed record ContactDto(
    long Id,
    string? ExternalId,
    string FirstName,
    string LastName,
    string? Email,
    string? Phone,
    DateOnly? BirthDate,
    string? Street,
    string? StreetNumber,
    string? City,
    string? Postcode,
    string? State,
    string? Country,
    long? AccountId,
    string? AccountName,
    string? OwnerId,
    string? OwnerName,
    DateTime CreatedAt,
    DateTime UpdatedAt,
    long? ProfileId)
{
    public string Name => $"{FirstName} {LastName}".Trim();
}
