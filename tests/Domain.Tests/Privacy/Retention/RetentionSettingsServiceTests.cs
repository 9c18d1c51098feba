using Lodestar.Domain.Privacy.Retention;

namespace Lodestar.Domain.Tests.Privacy.Retention;

public sealed class RetentionSettingsServiceTests
{
    private static CancellationToken Ct => RetentionHarness.Ct;

    [Fact]
    public async Task GetAsync_NothingSaved_EveryClassKeptForever()
    {
        await using var w = await RetentionHarness.StartAsync();

        var settings = await w.Host.Get<RetentionSettingsService>().GetAsync(Ct);

        Assert.Equal([RetentionClasses.Events, RetentionClasses.RawMessages, RetentionClasses.CrmActivities, RetentionClasses.DestinationLedgers,
            RetentionClasses.SuppressedCounters],
            settings.Classes.Select(c => c.Class));
        Assert.All(settings.Classes, c => Assert.Null(c.Days));
        Assert.All(settings.Classes, c => Assert.False(string.IsNullOrWhiteSpace(c.Description)));
        Assert.Null(settings.UpdatedBy);
    }

    [Fact]
    public async Task SaveAsync_Limits_ReadBackWithWhoAndWhenAndUnlistedForever()
    {
        await using var w = await RetentionHarness.StartAsync();
        await w.LimitAsync((RetentionClasses.Events, 400), (RetentionClasses.CrmActivities, 90));

        var saved = await w.Host.Get<RetentionSettingsService>().SaveAsync(
            [new RetentionLimitInput(" Events ", 365), new RetentionLimitInput(RetentionClasses.RawMessages, 30), new RetentionLimitInput(RetentionClasses.DestinationLedgers, null)],
            "ann@example.com", Ct);

        var read = await w.Host.Get<RetentionSettingsService>().GetAsync(Ct);
        Assert.Equal([365, 30, null, null, null], read.Classes.Select(c => c.Days));
        Assert.Equal(saved.Classes, read.Classes);
        Assert.Equal(("ann@example.com", RetentionHarness.Start.UtcDateTime), (read.UpdatedBy, read.UpdatedAt));
    }

    [Theory]
    [InlineData("messages", 30, "classes[1].class", "'messages' is not a data class. The classes are: events, raw-messages, crm-activities, destination-ledgers, suppressed-counters.")]
    [InlineData(RetentionClasses.Events, 30, "classes[1].class", "'events' is listed twice.")]
    [InlineData(RetentionClasses.RawMessages, 0, "classes[1].days", "Keep between 1 and 3,650 days, or null to keep forever; 0 is not.")]
    [InlineData(RetentionClasses.RawMessages, -5, "classes[1].days", "Keep between 1 and 3,650 days, or null to keep forever; -5 is not.")]
    [InlineData(RetentionClasses.RawMessages, 3_651, "classes[1].days", "Keep between 1 and 3,650 days, or null to keep forever; 3651 is not.")]
    public async Task SaveAsync_BadLimit_RefusedNamingTheFieldAndNothingSaved(string @class, int days, string field, string message)
    {
        await using var w = await RetentionHarness.StartAsync();
        await w.LimitAsync((RetentionClasses.Events, 400));
        var service = w.Host.Get<RetentionSettingsService>();

        var refused = await Assert.ThrowsAsync<DomainValidationException>(() =>
            service.SaveAsync([new RetentionLimitInput(RetentionClasses.Events, 10), new RetentionLimitInput(@class, days)], "ann", Ct));

        Assert.Equal(message, Assert.Single(refused.Errors[field]));
        Assert.Equal(400, (await service.GetAsync(Ct)).DaysFor(RetentionClasses.Events));
    }

    [Fact]
    public async Task SaveAsync_NoList_Refused()
    {
        await using var w = await RetentionHarness.StartAsync();

        var refused = await Assert.ThrowsAsync<DomainValidationException>(() => w.Host.Get<RetentionSettingsService>().SaveAsync(null, "ann", Ct));

        Assert.True(refused.Errors.ContainsKey("classes"));
    }
}
