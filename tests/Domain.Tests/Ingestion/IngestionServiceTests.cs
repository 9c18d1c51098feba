using System.Text;
using Lodestar.Domain.Ingestion;
using Lodestar.Domain.Sources;
using Lodestar.Testing;
using Microsoft.EntityFrameworkCore;

namespace Lodestar.Domain.Tests.Ingestion;

public sealed class IngestionServiceTests
{
    private static readonly CancellationToken Ct = Xunit.TestContext.Current.CancellationToken;

    private static TrackingRequest Request(string json, string? headerKey = null, TrackingRoute route = TrackingRoute.Batch) =>
        new(route, Encoding.UTF8.GetBytes(json), headerKey, "192.0.2.4");

    [Fact]
    public async Task IngestAsync_UnknownWriteKey_RefusedAndNothingStored()
    {
        await using var host = await DomainTestHost.StartAsync();

        var result = await host.Get<IngestionService>().IngestAsync(Request("""{"batch":[{"type":"track","userId":"u","event":"E"}]}""", "nope"), Ct);

        Assert.Equal(IngestionError.Unauthorized, result.Error);
        await using var db = host.CreateDbContext();
        Assert.False(await db.Events.AnyAsync(Ct));
    }

    [Fact]
    public async Task IngestAsync_NoWriteKeyAnywhere_RefusedWithHowToSendIt()
    {
        await using var host = await DomainTestHost.StartAsync();

        var result = await host.Get<IngestionService>().IngestAsync(Request("""{"userId":"u","event":"E"}""", route: TrackingRoute.Track), Ct);

        Assert.Equal(IngestionError.Unauthorized, result.Error);
        Assert.Contains("HTTP Basic user name", result.Message);
    }

    [Fact]
    public async Task IngestAsync_DisabledSource_Refused()
    {
        await using var host = await DomainTestHost.StartAsync();
        var sources = host.Get<SourceService>();
        var source = await sources.CreateAsync("Website", Ct);
        await sources.UpdateAsync(source.Id, "Website", enabled: false, Ct);

        var result = await host.Get<IngestionService>().IngestAsync(
            Request($$"""{"writeKey":"{{source.WriteKey}}","batch":[{"type":"track","userId":"u","event":"E"}]}"""), Ct);

        Assert.Equal(IngestionError.SourceDisabled, result.Error);
        Assert.Contains("'Website' is disabled", result.Message);
    }

    [Fact]
    public async Task IngestAsync_BatchWithOneInvalidMessage_StoresNothing()
    {
        await using var host = await DomainTestHost.StartAsync();
        var source = await host.Get<SourceService>().CreateAsync("Website", Ct);

        var result = await host.Get<IngestionService>().IngestAsync(
            Request("""{"batch":[{"type":"track","userId":"u","event":"E"},{"type":"track","event":"F"}]}""", source.WriteKey), Ct);

        Assert.Equal(IngestionError.Invalid, result.Error);
        await using var db = host.CreateDbContext();
        Assert.False(await db.Events.AnyAsync(Ct));
    }

    [Fact]
    public async Task IngestAsync_ValidBatchSentTwice_StoredOnceSecondCountedAsDuplicates()
    {
        await using var host = await DomainTestHost.StartAsync();
        var source = await host.Get<SourceService>().CreateAsync("Website", Ct);
        var body = """{"batch":[{"type":"track","userId":"u","event":"E","messageId":"m-1"},{"type":"page","anonymousId":"a","messageId":"m-2"}]}""";
        var ingestion = host.Get<IngestionService>();

        var first = await ingestion.IngestAsync(Request(body, source.WriteKey), Ct);
        var second = await ingestion.IngestAsync(Request(body, source.WriteKey), Ct);

        Assert.Equal((true, 2, 0), (first.Accepted, first.Stored, first.Duplicates));
        Assert.Equal((true, 0, 2), (second.Accepted, second.Stored, second.Duplicates));
        await using var db = host.CreateDbContext();
        Assert.Equal(2, await db.Events.CountAsync(e => e.SourceId == source.Id, Ct));
    }
}
