using Lodestar.Domain.Ingestion;
using Lodestar.Domain.Privacy.Pii;
using static Lodestar.Domain.Tests.Ingestion.NormalizerHarness;

namespace Lodestar.Domain.Tests.Ingestion;

/// <summary>PII rules applied by the normaliser: what the stored raw message and the promoted columns hold afterwards.</summary>
public sealed class MessageNormalizerPiiTests
{
    private const string EmailHash = "8c87b489ce35cf2e2f39f80e282cb2e804932a56a213983eeeb428407d43b52d"; // SHA-256("jane@example.com")

    private static PiiRuleSet Rules(params (string Path, PiiAction Action)[] rules) =>
        new(rules.Select(r => new PiiRule(r.Path, r.Action)).ToList());

    [Fact]
    public void Normalize_DropProperty_ValueGoneAndMarked()
    {
        var e = Accepted("""{"userId":"u1","event":"Applied","properties":{"ssn":"123-45-6789","plan":"pro"}}""",
            pii: Rules(("properties.ssn", PiiAction.Drop)));

        Assert.DoesNotContain("123-45-6789", e.Raw);
        Assert.Null(At(e, "properties.ssn"));
        Assert.Equal("pro", At(e, "properties.plan"));
        Assert.Equal("""[{"path":"properties.ssn","action":"drop"}]""", At(e, "context.lodestar.pii"));
    }

    [Fact]
    public void Normalize_HashTraitEmail_StoredAndPromotedHashed()
    {
        var e = Accepted("""{"userId":"u1","traits":{"email":"jane@example.com","name":"Jane"}}""", TrackingRoute.Identify,
            Rules(("traits.email", PiiAction.Hash)));

        Assert.Equal(EmailHash, At(e, "traits.email"));
        Assert.Equal(EmailHash, e.Email);
        Assert.DoesNotContain("jane@example.com", e.Raw);
        Assert.Equal("""[{"path":"traits.email","action":"hash"}]""", At(e, "context.lodestar.pii"));
    }

    [Theory]
    [InlineData("42", "73475cb40a568e8da8a045ced110137e159f890ac4da883b6b17dc651b3a8049")]
    [InlineData("true", "b5bea41b6c623f7c09f1bf24dcae58ebab3c0cdd90ad966bc43a45b44867e12b")]
    [InlineData("""{"a":1}""", "015abd7f5cc57a2dd94b7590f04ad8084273905ee33ec5cebeae62276a97f862")]
    [InlineData("\"4111111111111111\"", "9bbef19476623ca56c17da75fd57734dbf82530686043a6e491c6d71befe8f6e")]
    public void Normalize_HashNonStrings_Sha256OfTheStringForm(string value, string hash)
    {
        var e = Accepted("""{"userId":"u1","event":"Paid","properties":{"card":{"number":""" + value + ""","brand":"visa"}}}""",
            pii: Rules(("properties.card.number", PiiAction.Hash)));

        Assert.Equal(hash, At(e, "properties.card.number"));
        Assert.Equal("visa", At(e, "properties.card.brand"));
    }

    [Fact]
    public void Normalize_DropContextTraitsEmailFromTheBatchContext_NotStoredNotAnIdentifier()
    {
        var (ok, events, _) = Batch("""
            {"batch":[{"type":"track","userId":"u1","event":"A"},{"type":"track","userId":"u2","event":"B","context":{"traits":{"email":"own@example.com"}}}],
             "context":{"traits":{"email":"jane@example.com","phone":"+15551234567"}}}
            """, Rules(("context.traits.email", PiiAction.Drop)));

        Assert.True(ok);
        Assert.All(events, e => Assert.DoesNotContain("@example.com", e.Raw));
        Assert.All(events, e => Assert.Null(e.Email));
        Assert.All(events, e => Assert.Equal("+15551234567", e.Phone));
    }

    [Fact]
    public void Normalize_PathThroughAnArray_LeftAlone()
    {
        var e = Accepted("""{"userId":"u1","event":"Order","properties":{"items":[{"email":"jane@example.com"}]}}""",
            pii: Rules(("properties.items.email", PiiAction.Drop)));

        Assert.Contains("jane@example.com", e.Raw);
        Assert.Null(At(e, "context.lodestar"));
    }

    [Fact]
    public void Normalize_WholeArray_Dropped()
    {
        var e = Accepted("""{"userId":"u1","event":"Order","properties":{"items":[{"email":"jane@example.com"}],"total":5}}""",
            pii: Rules(("properties.items", PiiAction.Drop)));

        Assert.DoesNotContain("jane@example.com", e.Raw);
        Assert.Equal("5", At(e, "properties.total"));
    }

    [Fact]
    public void Normalize_NullOrMissingValue_NotMarked()
    {
        var rules = Rules(("properties.ssn", PiiAction.Drop), ("traits.email", PiiAction.Hash));

        var e = Accepted("""{"userId":"u1","event":"E","properties":{"ssn":null}}""", pii: rules);

        Assert.Null(At(e, "context.lodestar"));
    }

    [Fact]
    public void Normalize_ContextIpRule_AppliesToTheAddressTheServerFillsIn()
    {
        var e = Accepted("""{"userId":"u1","event":"E"}""", pii: Rules(("context.ip", PiiAction.Drop)));

        Assert.DoesNotContain("203.0.113.9", e.Raw);
        Assert.Equal("""[{"path":"context.ip","action":"drop"}]""", At(e, "context.lodestar.pii"));
    }

    [Fact]
    public void Normalize_ClientSendsLodestarMarks_RemovedEvenWithoutRules()
    {
        var e = Accepted("""{"userId":"u1","event":"E","context":{"lodestar":{"pii":[{"path":"properties.x","action":"drop"}]},"locale":"de-DE"}}""");

        Assert.Null(At(e, "context.lodestar"));
        Assert.Equal("de-DE", At(e, "context.locale"));
    }

    [Fact]
    public void Normalize_HashContextIpFromTheServer_HashOfTheAddress()
    {
        var e = Accepted("""{"userId":"u1","event":"E","context":{"ip":null}}""", pii: Rules(("context.ip", PiiAction.Hash)));
        var served = Accepted("""{"userId":"u1","event":"E"}""", pii: Rules(("context.ip", PiiAction.Hash)));

        Assert.Null(At(e, "context.ip"));
        Assert.Null(At(e, "context.lodestar"));
        Assert.Equal(Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData("203.0.113.9"u8)), At(served, "context.ip"));
    }

    [Fact]
    public void Normalize_RuleInsideTheBatchContextOnly_MergedContextKeepsTheRest()
    {
        var (ok, events, _) = Batch("""
            {"batch":[{"type":"track","userId":"u1","event":"A","context":{"campaign":{"name":"spring"}}}],
             "context":{"campaign":{"source":"newsletter","content":"secret-link"},"device":{"id":"d-1"}}}
            """, Rules(("context.campaign.content", PiiAction.Drop), ("context.device.id", PiiAction.Hash)));

        Assert.True(ok);
        var e = Assert.Single(events);
        Assert.Equal(("spring", "newsletter"), (At(e, "context.campaign.name"), At(e, "context.campaign.source")));
        Assert.DoesNotContain("secret-link", e.Raw);
        Assert.Equal(("spring", "newsletter"), (e.CampaignName, e.CampaignSource));
        Assert.Equal(64, e.DeviceId!.Length);
    }

    [Fact]
    public void Normalize_SeveralRules_AllMarksInDocumentOrder()
    {
        var e = Accepted("""{"userId":"u1","event":"E","properties":{"ssn":"1","email":"jane@example.com"},"context":{"traits":{"phone":"+15551234567"}}}""",
            pii: Rules(("context.traits.phone", PiiAction.Drop), ("properties.email", PiiAction.Hash), ("properties.ssn", PiiAction.Drop)));

        Assert.Equal(["properties.ssn drop", "properties.email hash", "context.traits.phone drop"],
            PiiMarks.Read(e.Raw).Select(m => $"{m.Path} {m.ActionName}"));
        Assert.Null(e.Phone);
        Assert.Equal(EmailHash, e.Email);
    }

    [Fact]
    public void Normalize_NoRuleMatches_RawAsWithoutRules()
    {
        const string json = """{"userId":"u1","messageId":"m-1","event":"E","properties":{"plan":"pro"},"context":{"traits":{"email":"jane@example.com"}}}""";

        var plain = Accepted(json);
        var ruled = Accepted(json, pii: Rules(("properties.ssn", PiiAction.Drop)));

        Assert.Equal(plain.Raw, ruled.Raw);
        Assert.Equal("jane@example.com", ruled.Email);
    }
}
