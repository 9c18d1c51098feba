namespace Lodestar.Domain.Events;

/// <summary>Size limits of the tracking API and of the promoted event columns.</summary>
public static class EventLimits
{
    /// <summary>Longest message accepted on its own or inside a batch (Segment: 32 KB).</summary>
    public const int MaxMessageBytes = 32 * 1024;

    /// <summary>Largest batch request (Segment: 500 KB).</summary>
    public const int MaxBatchBytes = 500 * 1024;

    /// <summary>Most messages in one batch (Segment: 2,500).</summary>
    public const int MaxBatchMessages = 2500;

    /// <summary>Segment's Unify drops longer message ids; we refuse them.</summary>
    public const int MessageIdLength = 100;

    public const int IdentifierLength = 256;

    public const int GroupIdLength = 500;

    /// <summary>Promoted copies are cut to this length; the raw message keeps the whole value.</summary>
    public const int AttributeLength = 256;

    public const int ReferrerLength = 1024;
}
