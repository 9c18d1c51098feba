using Lodestar.Domain.Privacy.Retention;

namespace Lodestar.Domain.Tests.Privacy.Retention;

public sealed class RetentionSettingsTests
{
    private static RetentionSettings Limits(int? events, int? raw, int? crm) => new(
        [
            new RetentionClassSetting(RetentionClasses.Events, "Events", "", events),
            new RetentionClassSetting(RetentionClasses.RawMessages, "Raw messages", "", raw),
            new RetentionClassSetting(RetentionClasses.CrmActivities, "CRM", "", crm),
        ], null, null);

    [Fact]
    public void DescribeChangeFrom_SomeLimitsChanged_EachChangedClassOldToNewInOrder()
    {
        var description = Limits(events: 30, raw: null, crm: 1).DescribeChangeFrom(Limits(events: null, raw: 400, crm: 1));

        Assert.Equal("events: forever → 30 days; raw-messages: 400 days → forever", description);
    }

    [Fact]
    public void DescribeChangeFrom_OneDay_Singular()
    {
        Assert.Equal("crm-activities: 2 days → 1 day", Limits(null, null, 1).DescribeChangeFrom(Limits(null, null, 2)));
    }

    [Fact]
    public void DescribeChangeFrom_SameLimits_NoChange()
    {
        Assert.Equal("no change", Limits(30, null, 90).DescribeChangeFrom(Limits(30, null, 90)));
    }
}
