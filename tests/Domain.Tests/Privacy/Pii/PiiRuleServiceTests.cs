using System.Text;
using Lodestar.Domain.Ingestion;
using Lodestar.Domain.Privacy.Pii;
using Lodestar.Testing;
using Microsoft.EntityFrameworkCore;

namespace Lodestar.Domain.Tests.Privacy.Pii;

public sealed class PiiRuleServiceTests
{
    private static CancellationToken Ct => Xunit.TestContext.Current.CancellationToken;

    [Fact]
    public async Task SaveAsync_Rules_ReadBackAndAppliedToTheNextMessage()
    {
        await using var host = await DomainTestHost.StartAsync();
        var service = host.Get<PiiRuleService>();
        Assert.Empty(await service.GetAsync(Ct));
        Assert.Empty((await service.CurrentAsync(Ct)).Rules);

        await service.SaveAsync([new("properties.ssn", "drop"), new("traits.email", "hash")], Ct);

        Assert.Equal(["properties.ssn drop", "traits.email hash"], (await service.GetAsync(Ct)).Select(r => $"{r.Path} {r.ActionName}"));
        Assert.Equal(2, (await service.CurrentAsync(Ct)).Rules.Count);
    }

    [Fact]
    public async Task SaveAsync_BadRule_NothingSaved()
    {
        await using var host = await DomainTestHost.StartAsync();
        var service = host.Get<PiiRuleService>();
        await service.SaveAsync([new("properties.ssn", "drop")], Ct);

        await Assert.ThrowsAsync<DomainValidationException>(() => service.SaveAsync([new("properties.ssn", "drop"), new("ssn", "drop")], Ct));

        Assert.Equal(["properties.ssn"], (await service.GetAsync(Ct)).Select(r => r.Path));
    }

    [Fact]
    public async Task IngestAsync_DroppedAndHashedValues_NoColumnOfTheStoredRowHoldsThem()
    {
        await using var host = await DomainTestHost.StartAsync();
        await host.Get<Lodestar.Domain.Sources.SourceService>().EnsureDefaultAsync("pii-key", Ct);
        await host.Get<PiiRuleService>().SaveAsync(
            [new("properties.ssn", "drop"), new("traits.email", "hash"), new("context.traits.phone", "drop")], Ct);
        const string body = """
            {"batch":[
               {"type":"identify","userId":"u-1","traits":{"email":"jane@example.com","name":"Jane"}},
               {"type":"track","userId":"u-1","event":"Applied","properties":{"ssn":"123-45-6789","nested":{"ssn":"kept"}}}],
             "context":{"traits":{"phone":"+15557654321"}}}
            """;

        var result = await host.Get<IngestionService>().IngestAsync(
            new TrackingRequest(TrackingRoute.Batch, Encoding.UTF8.GetBytes(body), "pii-key", "198.51.100.7"), Ct);

        Assert.Equal(2, result.Stored);
        var cells = await AllCellsAsync(host);
        Assert.NotEmpty(cells);
        Assert.DoesNotContain(cells, c => c.Contains("123-45-6789") || c.Contains("jane@example.com") || c.Contains("5557654321"));
        Assert.Contains(cells, c => c.Contains("\"kept\""));
        await using var db = host.CreateDbContext();
        Assert.Equal(["8c87b489ce35cf2e2f39f80e282cb2e804932a56a213983eeeb428407d43b52d"],
            await db.Events.Where(e => e.Email != null).Select(e => e.Email).ToListAsync(Ct));
    }

    /// <summary>Every value of every column of every event row, as text.</summary>
    private static async Task<List<string>> AllCellsAsync(DomainTestHost host)
    {
        await using var db = host.CreateDbContext();
        var connection = db.Database.GetDbConnection();
        await connection.OpenAsync(Ct);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT * FROM Events";
        await using var reader = await command.ExecuteReaderAsync(Ct);
        var cells = new List<string>();
        while (await reader.ReadAsync(Ct))
        {
            for (var i = 0; i < reader.FieldCount; i++)
            {
                if (!await reader.IsDBNullAsync(i, Ct))
                    cells.Add(Convert.ToString(reader.GetValue(i), System.Globalization.CultureInfo.InvariantCulture)!);
            }
        }

        return cells;
    }
}
