namespace Lodestar.Portal.Client.Features.Segments.Rules;

/// <summary>The last N days, or a date range (UTC days, both included); no window means ever.</summary>
public sealed class EventWindowDto
{
    public int? LastDays { get; set; }

    public DateOnly? From { get; set; }

    public DateOnly? To { get; set; }
}
