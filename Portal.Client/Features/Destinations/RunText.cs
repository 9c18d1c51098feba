using System.Globalization;

namespace Lodestar.Portal.Client.Features.Destinations;

/// <summary>How a sync run reads in lists: its outcome counts and how long it took.</summary>
public static class RunText
{
    public static string Counts(DestinationRunDto run) =>
        string.Create(CultureInfo.InvariantCulture, $"{run.Sent:N0} sent · {run.Failed:N0} failed · {run.Skipped:N0} skipped of {run.Planned:N0}");

    /// <summary>What a run was about: its segment, or for an event stream the stored events it covered.</summary>
    public static string Covered(DestinationRunDto run) => (run.FirstEventId, run.LastEventId) switch
    {
        ({ } first, { } last) => string.Create(CultureInfo.InvariantCulture, $"events #{first:N0}–#{last:N0}"),
        _ => run.SegmentName ?? "—",
    };

    public static string Duration(DestinationRunDto run) => run.FinishedAt is not { } finished ? "running" : Of(finished - run.StartedAt);

    public static string Of(TimeSpan span) => span switch
    {
        { TotalSeconds: < 1 } => "< 1 s",
        { TotalMinutes: < 1 } => string.Create(CultureInfo.InvariantCulture, $"{span.TotalSeconds:0.#} s"),
        { TotalHours: < 1 } => $"{(int)span.TotalMinutes} min {span.Seconds} s",
        _ => $"{(int)span.TotalHours} h {span.Minutes} min",
    };
}
