using Lodestar.Domain.Crm;

namespace Lodestar.Domain.Tests.Crm;

public sealed class CrmFieldDiffCalculatorTests
{
    [Fact]
    public void Changes_NewRecord_ListsEverySetField()
    {
        var changes = CrmFieldDiffCalculator.Changes(null, [("firstName", "Jane"), ("email", null), ("city", "Leeds")]);

        Assert.Equal([("firstName", null, "Jane"), ("city", null, "Leeds")], changes);
    }

    [Fact]
    public void Changes_Edit_ListsOnlyChangedFieldsWithOldAndNew()
    {
        var changes = CrmFieldDiffCalculator.Changes(
            [("firstName", "Jane"), ("email", "j@old.com"), ("city", "Leeds")],
            [("firstName", "Jane"), ("email", "j@new.com"), ("city", null)]);

        Assert.Equal([("email", "j@old.com", "j@new.com"), ("city", "Leeds", null)], changes);
    }

    [Fact]
    public void Changes_NothingChanged_Empty()
    {
        Assert.Empty(CrmFieldDiffCalculator.Changes([("a", "1")], [("a", "1")]));
    }
}
