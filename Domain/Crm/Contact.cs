namespace Lodestar.Domain.Crm;

/// <summary>
/// A person sales and support work with. Its email, phone and id are identifiers in identity resolution: every save
/// stores an identify message (see <see cref="CrmMessages"/>), so the contact joins the person's profile.
/// </summary>
public class Contact
{
    public long Id { get; set; }

    /// <summary>The id in the system the contact came from (an import, another CRM).</summary>
    public string? ExternalId { get; set; }

    public required string FirstName { get; set; }

    public required string LastName { get; set; }

    public string? Email { get; set; }

    public string? Phone { get; set; }

    public DateOnly? BirthDate { get; set; }

    public string? Street { get; set; }

    public string? StreetNumber { get; set; }

    /// <summary>City or suburb.</summary>
    public string? City { get; set; }

    public string? Postcode { get; set; }

    public string? State { get; set; }

    public string? Country { get; set; }

    public long? AccountId { get; set; }

    public Account? Account { get; set; }

    /// <summary>The portal user responsible for the contact.</summary>
    public string? OwnerId { get; set; }

    public DateTime CreatedAt { get; set; }

    public DateTime UpdatedAt { get; set; }

    /// <summary>Counts saves; names each save's identify message so that storing it twice keeps one.</summary>
    public int Version { get; set; }
}
