using Lodestar.Domain.Events;
using Lodestar.Domain.Ingestion;
using Lodestar.Domain.Privacy.Pii;
using Lodestar.Portal.Client.Features.Events;
using Lodestar.Portal.Client.Infrastructure;

namespace Lodestar.Portal.Features.Events;

/// <summary>Events as the client contracts carry them, and the checks of their filter parameters.</summary>
internal static class EventMapping
{
    public static EventDto ToDto(EventListItem e) =>
        new(e.Id, e.MessageId, MessageTypes.Name(e.Type), e.Name, e.UserId, e.AnonymousId, e.Timestamp, e.ReceivedAt, e.SourceName, e.Raw,
            PiiMarks.Read(e.Raw).Select(m => new PiiMarkDto(m.Path, m.ActionName)).ToList());

    public static EventPageDto ToDto(EventPage page) => new(page.Items.Select(ToDto).ToList(), page.NextBefore);

    /// <exception cref="ApiException">400 when the type is not a message type.</exception>
    public static MessageType? ParseType(string? type) =>
        string.IsNullOrWhiteSpace(type)
            ? null
            : MessageTypes.Parse(type) ?? throw new ApiException(400, $"type must be one of {MessageTypes.Names}.",
                new Dictionary<string, string[]> { ["type"] = [$"Use one of {MessageTypes.Names}."] });
}
