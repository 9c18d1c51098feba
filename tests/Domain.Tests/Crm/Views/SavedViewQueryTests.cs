using Lodestar.Domain.Crm.Views;

namespace Lodestar.Domain.Tests.Crm.Views;

public sealed class SavedViewQueryTests
{
    private static (string? Query, Dictionary<string, string[]> Errors) Normalize(SavedViewKind kind, string? json)
    {
        var errors = new Dictionary<string, string[]>();
        return (SavedViewQuery.Normalize(kind, json, errors), errors);
    }

    [Fact]
    public void Normalize_ContactListQuery_KeepsFiltersInTheListsOrderWithoutBlanksOrThePage()
    {
        var (query, errors) = Normalize(SavedViewKind.Contacts, """{"Sort":"-updatedAt","q":" acme ","accountId":12,"ownerId":null,"offset":50,"limit":25}""");

        Assert.Empty(errors);
        Assert.Equal("""{"q":"acme","accountId":12,"sort":"-updatedAt"}""", query);
    }

    [Fact]
    public void Normalize_TicketQueue_ChoicesInLowerCaseOnceAndOnlyATrueFlag()
    {
        var (query, errors) = Normalize(SavedViewKind.Tickets,
            """{"statuses":["New","open","new"],"priorities":[],"assigneeId":"me","breached":true,"sort":null}""");

        Assert.Empty(errors);
        Assert.Equal("""{"statuses":["new","open"],"assigneeId":"me","breached":true}""", query);
    }

    [Fact]
    public void Normalize_WrongPropertiesForTheKind_NamesEachOne()
    {
        var (query, errors) = Normalize(SavedViewKind.Deals,
            """{"outcome":"maybe","pipelineId":"one","sort":"price","statuses":["open"],"breached":true}""");

        Assert.Null(query);
        Assert.Equal(["query.breached", "query.outcome", "query.pipelineId", "query.sort", "query.statuses"], errors.Keys.Order());
        Assert.Equal("outcome is one of open, won, lost.", Assert.Single(errors["query.outcome"]));
        Assert.StartsWith("Unknown sort 'price'", Assert.Single(errors["query.sort"]), StringComparison.Ordinal);
        Assert.StartsWith("'statuses' is not a filter of the deals list: use q, pipelineId,", Assert.Single(errors["query.statuses"]), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(null, "Send the accounts list's search")]
    [InlineData("{\"q\":", "The query is not JSON")]
    [InlineData("[\"acme\"]", "The query is a JSON object")]
    public void Normalize_NotAJsonObject_SaysWhatAQueryIs(string? json, string message)
    {
        var (query, errors) = Normalize(SavedViewKind.Accounts, json);

        Assert.Null(query);
        Assert.StartsWith(message, Assert.Single(errors["query"]), StringComparison.Ordinal);
    }
}
