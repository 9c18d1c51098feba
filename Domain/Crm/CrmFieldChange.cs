namespace Lodestar.Domain.Crm;

/// <summary>One field of a CRM record set or changed: the record's field history ("who changed what, when").</summary>
public class CrmFieldChange
{
    public long Id { get; set; }

    /// <summary>One of <see cref="CrmRecordTypes"/>.</summary>
    public required string RecordType { get; set; }

    public long RecordId { get; set; }

    public required string Field { get; set; }

    public string? OldValue { get; set; }

    public string? NewValue { get; set; }

    public required string ChangedBy { get; set; }

    public DateTime ChangedAt { get; set; }
}
