using System.Text.Json.Nodes;
using Lodestar.Domain.Privacy.Access;
using Lodestar.Domain.Tests.Identity;
using Lodestar.Testing.Privacy;
using Lodestar.Testing.Receivers;

namespace Lodestar.Domain.Tests.Privacy.Access;

/// <summary>A real SQLite workspace holding <see cref="SubjectAccessScenario"/> (Ann and Bob), with the webhook receiver its destination sent to.</summary>
internal sealed class SubjectAccessWorld : IAsyncDisposable
{
    private SubjectAccessWorld(IdentityHarness harness, WebhookReceiver receiver, SubjectAccessScenario scenario)
    {
        Harness = harness;
        Receiver = receiver;
        Scenario = scenario;
    }

    public IdentityHarness Harness { get; }

    public WebhookReceiver Receiver { get; }

    public SubjectAccessScenario Scenario { get; }

    public SubjectAccessService Service => Harness.Host.Get<SubjectAccessService>();

    public static async Task<SubjectAccessWorld> StartAsync()
    {
        var harness = await IdentityHarness.StartAsync();
        var receiver = await WebhookReceiver.StartAsync(SubjectAccessScenario.Secret);
        var scenario = await SubjectAccessScenario.SeedAsync(harness.Host.Services, "t1", harness.SendAsync, () => harness.ResolveAsync(), receiver.Url,
            IdentityHarness.Ct);
        return new SubjectAccessWorld(harness, receiver, scenario);
    }

    /// <summary>The document as written: parsed, as text, and the counts the service gave.</summary>
    public async Task<(JsonNode Doc, string Text, SubjectExportSummary Summary)> WriteAsync(SubjectExport export)
    {
        using var stream = new MemoryStream();
        var summary = await Service.WriteAsync(export, stream, IdentityHarness.Ct);
        var text = System.Text.Encoding.UTF8.GetString(stream.ToArray());
        return (JsonNode.Parse(text)!, text, summary);
    }

    public async ValueTask DisposeAsync()
    {
        await Receiver.DisposeAsync();
        await Harness.DisposeAsync();
    }
}
