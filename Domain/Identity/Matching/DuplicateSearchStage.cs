namespace Lodestar.Domain.Identity.Matching;

/// <summary>The step a <see cref="DuplicateFinder"/> search has reached, reported as each one starts.</summary>
public enum DuplicateSearchStage
{
    /// <summary>Normalising the records and collecting the blocking rules' candidate pairs.</summary>
    Blocking,

    /// <summary>Computing the comparison vector of every candidate pair.</summary>
    Comparing,

    /// <summary>Estimating u from random pairs, then m and λ by expectation–maximisation.</summary>
    Fitting,

    /// <summary>Scoring the candidate pairs and explaining those above the threshold.</summary>
    Scoring,

    Done,
}
