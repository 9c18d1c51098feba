namespace Lodestar.Domain.Identity.Matching;

/// <summary>The pairs above the threshold, most probable first, with the model and blocking figures behind them.</summary>
public sealed record DuplicateSearchResult(
    IReadOnlyList<DuplicatePair> Pairs,
    FellegiSunterModel Model,
    int Records,
    long CandidatePairs,
    IReadOnlyList<BlockingRuleCount> PairsPerRule,
    DuplicateSearchTimings Timings);
