using Lodestar.Domain.Destinations;
using Lodestar.Domain.Segments;
using Microsoft.EntityFrameworkCore;

namespace Lodestar.Domain.Tests.Destinations;

/// <summary>Destination settings and secrets over real SQLite: encryption at rest, keep and clear, validation, test connection.</summary>
public sealed class DestinationServiceTests
{
    private static CancellationToken Ct => DestinationWorld.Ct;

    [Fact]
    public async Task CreateAsync_Secret_StoredEncryptedAndOnlyItsKeyShown()
    {
        await using var w = await DestinationWorld.StartAsync(profiles: 1);
        await using var db = w.Host.CreateDbContext();

        var stored = await db.Destinations.AsNoTracking().FirstAsync(d => d.Id == w.DestinationId, Ct);
        var details = await w.Host.Get<DestinationService>().GetAsync(w.DestinationId, Ct);

        Assert.DoesNotContain(DestinationWorld.Secret, stored.ProtectedSecrets);
        Assert.DoesNotContain(DestinationWorld.Secret, stored.Settings);
        Assert.Equal(["signingSecret"], details.SecretsSet);
        Assert.Equal(DestinationWorld.Secret, w.Host.Get<DestinationSecrets>().Unprotect(stored.ProtectedSecrets)["signingSecret"]);
    }

    [Fact]
    public async Task UpdateAsync_SecretLeftOut_KeptAndEmptySecret_Cleared()
    {
        await using var w = await DestinationWorld.StartAsync(profiles: 1);
        var service = w.Host.Get<DestinationService>();
        var settings = new Dictionary<string, string> { ["url"] = w.Receiver.Url };

        await service.UpdateAsync(w.DestinationId, new DestinationDraft("Hook renamed", null, true, settings, null, null, 10, 5), "test", Ct);
        var kept = await service.TestAsync(w.DestinationId, Ct);
        var cleared = await Assert.ThrowsAsync<DomainValidationException>(() => service.UpdateAsync(w.DestinationId,
            new DestinationDraft("Hook renamed", null, true, settings, new Dictionary<string, string> { ["signingSecret"] = "" }, null, 10, 5), "test", Ct));

        Assert.True(kept.Ok, kept.Message);
        Assert.Equal(1, w.Receiver.Requests);
        Assert.Equal(["signingSecret"], cleared.Errors.Keys);
        Assert.Equal("Hook renamed", (await w.DestinationAsync()).Name);
    }

    [Fact]
    public async Task CreateAsync_DuplicateNameAndTypeChange_RefusedWithReasons()
    {
        await using var w = await DestinationWorld.StartAsync(profiles: 1);
        var service = w.Host.Get<DestinationService>();
        var draft = new DestinationDraft("Hook", "audience-webhook", true, new Dictionary<string, string> { ["url"] = w.Receiver.Url },
            new Dictionary<string, string> { ["signingSecret"] = DestinationWorld.Secret }, null, null, null);

        var duplicate = await Assert.ThrowsAsync<DomainValidationException>(() => service.CreateAsync(draft, "test", Ct));
        var typeChange = await Assert.ThrowsAsync<DomainValidationException>(() =>
            service.UpdateAsync(w.DestinationId, draft with { Type = "csv-file" }, "test", Ct));

        Assert.Equal("There is already a destination named 'Hook'.", duplicate.Errors["name"][0]);
        Assert.Contains("cannot change", typeChange.Errors["type"][0]);
    }

    [Fact]
    public async Task TestAsync_ReceiverDown_ReportsTheResponse()
    {
        await using var w = await DestinationWorld.StartAsync(profiles: 1);
        w.Receiver.Down = true;

        var result = await w.Host.Get<DestinationService>().TestAsync(w.DestinationId, Ct);

        Assert.False(result.Ok);
        Assert.StartsWith("HTTP 503", result.Message);
    }

    [Fact]
    public async Task DeleteAsync_SegmentConnectedToADestination_RefusedNamingIt()
    {
        await using var w = await DestinationWorld.StartAsync(profiles: 1);

        var refused = await Assert.ThrowsAsync<DomainValidationException>(() => w.Host.Get<SegmentService>().DeleteAsync(w.SegmentId, Ct));

        Assert.Equal("This segment is connected to \"Hook\"; disconnect it under Destinations first.", refused.Errors["segment"][0]);
    }

    [Fact]
    public async Task ConnectAsync_BadMappingAndSchedule_RefusedPerField()
    {
        await using var w = await DestinationWorld.StartAsync(profiles: 1);

        var refused = await Assert.ThrowsAsync<DomainValidationException>(() => w.Host.Get<DestinationConnectionService>().ConnectAsync(w.DestinationId,
            new ConnectionDraft(987, [new FieldMapping("a", "F"), new FieldMapping("b", "f")], 5, true), "test", Ct));

        Assert.Equal(["mapping", "scheduleMinutes", "segmentId"], refused.Errors.Keys.Order());
        Assert.Equal("The destination field 'F' is mapped twice.", refused.Errors["mapping"][0]);
    }
}
