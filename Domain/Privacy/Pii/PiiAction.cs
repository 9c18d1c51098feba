namespace Lodestar.Domain.Privacy.Pii;

/// <summary>What ingestion does with a field a PII rule names.</summary>
public enum PiiAction
{
    /// <summary>The field is removed before the message is stored.</summary>
    Drop,

    /// <summary>The value is replaced by the lower-case hex SHA-256 of its string form.</summary>
    Hash,
}
