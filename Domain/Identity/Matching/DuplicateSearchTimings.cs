namespace Lodestar.Domain.Identity.Matching;

/// <summary>Where a search spent its time (normalisation counts as blocking, the random-pair u sample as fitting).</summary>
public sealed record DuplicateSearchTimings(TimeSpan Blocking, TimeSpan Comparing, TimeSpan Fitting, TimeSpan Scoring)
{
    public TimeSpan Total => Blocking + Comparing + Fitting + Scoring;
}
