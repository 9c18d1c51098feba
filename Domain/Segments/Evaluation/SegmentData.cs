using Lodestar.Domain.Segments.Facts;

namespace Lodestar.Domain.Segments.Evaluation;

/// <summary>
/// Everything a segment rule can read, held in memory for <see cref="SegmentRuleEvaluator"/>: the rows the compiled
/// query reads from the database, cut down to the columns it uses. <see cref="SegmentDataService"/> loads one from a
/// (small) workspace; tests also build them by hand.
/// </summary>
public sealed record SegmentData
{
    /// <summary>The living profiles (not merged into another): every rule draws its members from these.</summary>
    public IReadOnlyCollection<long> Living { get; init; } = [];

    public IReadOnlyList<TraitFact> Traits { get; init; } = [];

    public IReadOnlyList<SegmentEvent> Events { get; init; } = [];

    public IReadOnlyList<ContactLinkFact> ContactLinks { get; init; } = [];

    public IReadOnlyList<ContactFact> Contacts { get; init; } = [];

    public IReadOnlyList<AccountFact> Accounts { get; init; } = [];

    public IReadOnlyList<DealFact> Deals { get; init; } = [];

    public IReadOnlyList<TicketFact> Tickets { get; init; } = [];

    public IReadOnlyList<MemberFact> Members { get; init; } = [];

    /// <summary>Consent changes joined to the profile holding their identifier.</summary>
    public IReadOnlyList<ConsentFact> Consents { get; init; } = [];
}
