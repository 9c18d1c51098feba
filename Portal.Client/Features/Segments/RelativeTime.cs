using Lodestar.Portal.Client.Features.Crm;

namespace Lodestar.Portal.Client.Features.Segments;

/// <summary>How long ago something happened, in the largest unit that reads well ("5 min ago", "3 h ago", "2 d ago").</summary>
public static class RelativeTime
{
    public static string Of(DateTime? at, DateTime now) => at switch
    {
        null => "never",
        // A time a moment ahead (clocks of two machines) is "just now", not "in the future".
        { } time when now - time < TimeSpan.FromMinutes(1) => "just now",
        { } time => $"{TicketDueText.Span(now - time)} ago",
    };
}
