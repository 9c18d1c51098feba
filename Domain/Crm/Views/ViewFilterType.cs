namespace Lodestar.Domain.Crm.Views;

/// <summary>What a saved query's property holds.</summary>
internal enum ViewFilterType
{
    /// <summary>Free text or a user id (<c>me</c>, <c>unassigned</c> too).</summary>
    Text,

    /// <summary>A record id.</summary>
    Id,

    /// <summary>true or false.</summary>
    Flag,

    /// <summary>One of the filter's choices.</summary>
    Choice,

    /// <summary>A list of the filter's choices.</summary>
    Choices,

    /// <summary>A sort key of the list, <c>-</c> in front for descending.</summary>
    Sort,

    /// <summary>The page (offset, limit): accepted in a list's query object, not kept — a view opens at its first page.</summary>
    Paging,
}
