namespace Lodestar.Portal.Client.Features.Privacy.Deletions;

/// <param name="DroppedMessages">Messages ingestion dropped because they carried a suppressed identifier, in all.</param>
/// <param name="DroppedToday">The same, today (UTC).</param>
public sealed record SuppressionListDto(IReadOnlyList<SuppressionDto> Items, int Total, long DroppedMessages, long DroppedToday);
