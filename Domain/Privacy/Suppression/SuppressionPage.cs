namespace Lodestar.Domain.Privacy.Suppression;

/// <summary>One page of the suppression list, newest first, with the total and the messages dropped so far.</summary>
public sealed record SuppressionPage(IReadOnlyList<SuppressionEntry> Items, int Total, long DroppedMessages, long DroppedToday);
