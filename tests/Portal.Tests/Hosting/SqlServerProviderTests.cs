using System.Net;
using System.Net.Http.Json;
using Lodestar.Domain.Data;
using Lodestar.Domain.Ingestion;
using Lodestar.Portal.Client.Features.Events;
using Lodestar.Portal.Hosting;
using Lodestar.Portal.Tests.Infrastructure;
using Lodestar.Testing;
using Microsoft.AspNetCore.Builder;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Lodestar.Portal.Tests.Hosting;

[Collection(IsolatedPortalsCollection.Name)]
public sealed class SqlServerProviderTests
{
    private static readonly CancellationToken Ct = Xunit.TestContext.Current.CancellationToken;

    [Fact]
    public async Task AddPortal_SqlServerProvider_UsesSqlServerContextAndTheEfInsertPath()
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = "Production" });
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Database:Provider"] = "SqlServer",
            ["ConnectionStrings:Portal"] = "Server=127.0.0.1,1;Database=Lodestar;User Id=sa;Password=x;TrustServerCertificate=True",
        });
        builder.AddPortal();
        await using var app = builder.Build();

        await using var db = app.Services.GetRequiredService<IDbContextFactory<PortalDbContext>>().CreateDbContext();
        await using var sink = await app.Services.GetRequiredService<IEventSinkFactory>().OpenAsync(Ct);

        Assert.IsType<SqlServerPortalDbContext>(db);
        Assert.Equal("Microsoft.EntityFrameworkCore.SqlServer", db.Database.ProviderName);
        Assert.IsType<EfEventSink>(sink);
    }

    [Fact]
    public void AddPortal_SqlServerWithoutConnectionString_FailsSayingWhatToSet()
    {
        var builder = WebApplication.CreateBuilder();
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?> { ["Database:Provider"] = "SqlServer" });

        var error = Assert.Throws<InvalidOperationException>(() => builder.AddPortal());

        Assert.Contains("ConnectionStrings__Portal", error.Message);
    }

    [Fact(SkipUnless = nameof(DockerEngine.IsAvailable), SkipType = typeof(DockerEngine), Skip = "No Docker engine here: the SQL Server portal test needs Testcontainers.")]
    public async Task Portal_OnSqlServer_MigratesIngestsDedupsAndRunsJobs()
    {
        await using var container = SqlServerContainers.Create();
        await container.StartAsync(Ct);
        await using var portal = new PortalFactory(new Dictionary<string, string?>
        {
            ["Database:Provider"] = "SqlServer",
            ["ConnectionStrings:Portal"] = container.GetConnectionString(),
        });
        using var client = portal.CreateHttpClient();
        var body = """{"batch":[{"type":"track","userId":"mssql-1","event":"E","messageId":"mssql-m1"},{"type":"track","userId":"mssql-1","event":"E","messageId":"mssql-m1"}]}""";

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/health", Ct)).StatusCode);
        using var request = new HttpRequestMessage(HttpMethod.Post, "/v1/batch") { Content = Json.Body(body) };
        request.Headers.Authorization = PortalFactory.Basic(PortalFactory.WriteKey);
        Assert.Equal(HttpStatusCode.OK, (await client.SendAsync(request, Ct)).StatusCode);
        using var api = portal.CreateApiClient();
        var events = await api.GetFromJsonAsync<List<EventDto>>("/api/events?userId=mssql-1", Ct);
        Assert.Single(events!);
        var run = await Json.ReadAsync(await api.PostAsync("/api/jobs/demo-seed/run", null, Ct));
        Assert.False(string.IsNullOrEmpty(run["jobId"]!.GetValue<string>()));
    }

    [Fact(SkipUnless = nameof(DockerEngine.IsAvailable), SkipType = typeof(DockerEngine), Skip = "No Docker engine here: the SQL Server economics test needs Testcontainers.")]
    public async Task Economics_OnSqlServer_JobStoresResultsTheDashboardReadsByChannel()
    {
        await using var container = SqlServerContainers.Create();
        await container.StartAsync(Ct);
        await using var portal = new PortalFactory(new Dictionary<string, string?>
        {
            ["Database:Provider"] = "SqlServer",
            ["ConnectionStrings:Portal"] = container.GetConnectionString(),
            ["Demo:People"] = "400",
        });
        using var api = portal.CreateApiClient();

        Assert.Equal("Succeeded", await portal.RunJobAsync("demo-seed"));
        Assert.Equal("Succeeded", await portal.RunJobAsync("identity-resolution"));
        Assert.Equal("Succeeded", await portal.RunJobAsync("economics"));
        var all = await api.GetFromJsonAsync<Client.Features.Economics.Dashboard.EconomicsDashboardDto>("/api/economics/dashboard", Ct);
        var paid = await api.GetFromJsonAsync<Client.Features.Economics.Dashboard.EconomicsDashboardDto>("/api/economics/dashboard?channel=paid%20search", Ct);

        Assert.NotNull(all!.ComputedAt);
        Assert.True(all.Current.Acquisition.NewCustomers > paid!.Current.Acquisition.NewCustomers && paid.Current.Acquisition.NewCustomers > 0);
        Assert.Equal(all.ByChannel.Single(r => r.Key == "Paid Search").Economics.NewCustomers, paid.Current.Acquisition.NewCustomers);
        Assert.Equal(all.PredictedCustomers, all.ClvBins.Sum(b => b.Customers));
    }

    [Fact(SkipUnless = nameof(DockerEngine.IsAvailable), SkipType = typeof(DockerEngine), Skip = "No Docker engine here: the SQL Server destinations test needs Testcontainers.")]
    public async Task Destinations_OnSqlServer_FullSyncThenNothingLeft()
    {
        await using var container = SqlServerContainers.Create();
        await container.StartAsync(Ct);
        await using var portal = new PortalFactory(new Dictionary<string, string?>
        {
            ["Database:Provider"] = "SqlServer",
            ["ConnectionStrings:Portal"] = container.GetConnectionString(),
            ["Demo:People"] = "200",
        });
        await using var receiver = await Lodestar.Testing.Receivers.WebhookReceiver.StartAsync("sql-server-signing-secret");
        using var api = portal.CreateApiClient();
        Assert.Equal("Succeeded", await portal.RunJobAsync("demo-seed"));
        Assert.Equal("Succeeded", await portal.RunJobAsync("identity-resolution"));
        using var created = await api.PostAsync("/api/segments", Json.Body(
            """{"name":"Everyone with an email","refreshMinutes":60,"rule":{"match":"all","children":[{"kind":"trait","trait":"email","test":{"type":"string","operator":"exists"}}]}}"""), Ct);
        var segment = (await created.Content.ReadFromJsonAsync<Client.Features.Segments.SegmentDto>(Ct))!;
        Client.Features.Segments.SegmentDto live;
        do
        {
            await Task.Delay(200, Ct);
            live = (await api.GetFromJsonAsync<Client.Features.Segments.SegmentDto>($"/api/segments/{segment.Id}", Ct))!;
        }
        while (live.Status != "live");

        using var destination = await api.PostAsJsonAsync("/api/destinations", new Client.Features.Destinations.DestinationInput("Hook", "audience-webhook", true,
            new Dictionary<string, string> { ["url"] = receiver.Url }, new Dictionary<string, string> { ["signingSecret"] = "sql-server-signing-secret" }, null, 50, null), Ct);
        var id = (await destination.Content.ReadFromJsonAsync<Client.Features.Destinations.DestinationDto>(Ct))!.Id;
        using var connected = await api.PostAsJsonAsync($"/api/destinations/{id}/connections",
            new Client.Features.Destinations.ConnectionInput(segment.Id, [new("email", "EMAIL")], 0, true), Ct);
        for (var i = 0; i < 2; i++)
        {
            using var sync = await api.PostAsync($"/api/destinations/{id}/sync", null, Ct);
            Assert.Equal("Succeeded", await portal.WaitForJobAsync((await sync.Content.ReadFromJsonAsync<Client.Features.Destinations.SyncStartedDto>(Ct))!.JobId));
        }

        var runs = (await api.GetFromJsonAsync<Client.Features.Destinations.DestinationRunsDto>($"/api/destinations/{id}/runs", Ct))!.Runs;
        Assert.Equal([("Succeeded", 0), ("Succeeded", live.Size!.Value)], runs.Select(r => (r.Status, r.Sent)));
        Assert.Equal(live.Size.Value, receiver.Accepted.Sum(b => b.Body["events"]!.AsArray().Count));
    }
}
