using Lodestar.Domain.Crm.Deals;

namespace Lodestar.Domain.Crm.Views;

/// <summary>The query properties of each CRM list, as its list API takes them (and the portal's list pages send them).</summary>
internal static class ViewFilters
{
    private static readonly ViewFilter[] Paging = [new("offset", ViewFilterType.Paging), new("limit", ViewFilterType.Paging)];

    private static readonly Dictionary<SavedViewKind, IReadOnlyList<ViewFilter>> ByKind = new()
    {
        [SavedViewKind.Contacts] = [ViewFilter.Text("q"), ViewFilter.Id("accountId"), ViewFilter.Text("ownerId"), Sort(ContactSearch.SortKeys), .. Paging],
        [SavedViewKind.Accounts] = [ViewFilter.Text("q"), ViewFilter.Text("ownerId"), Sort(AccountSearch.SortKeys), .. Paging],
        [SavedViewKind.Deals] =
        [
            ViewFilter.Text("q"), ViewFilter.Id("pipelineId"), ViewFilter.Id("stageId"), ViewFilter.Text("ownerId"), ViewFilter.Id("accountId"),
            ViewFilter.Id("contactId"), ViewFilter.Names<StageOutcome>("outcome", ViewFilterType.Choice), Sort(DealSearch.SortKeys), .. Paging,
        ],
        [SavedViewKind.Tickets] =
        [
            ViewFilter.Text("q"), ViewFilter.Names<TicketStatus>("statuses", ViewFilterType.Choices),
            ViewFilter.Names<TicketPriority>("priorities", ViewFilterType.Choices), ViewFilter.Text("assigneeId"), ViewFilter.Id("contactId"),
            ViewFilter.Id("accountId"), new("breached", ViewFilterType.Flag), Sort(TicketSearch.SortKeys), .. Paging,
        ],
    };

    public static IReadOnlyList<ViewFilter> Of(SavedViewKind kind) => ByKind[kind];

    private static ViewFilter Sort(IReadOnlyList<string> keys) => new("sort", ViewFilterType.Sort, keys);
}
