using Lodestar.Domain.Identity;

namespace Lodestar.Domain.Tests.Identity;

public sealed class IdentityRulesValidatorTests
{
    [Fact]
    public void Normalize_Defaults_Unchanged()
    {
        var rules = IdentityRulesValidator.Normalize(IdentityRules.Default);

        Assert.Equal(IdentityRules.Default.Types.Select(t => (t.Type, t.Limit)), rules.Types.Select(t => (t.Type, t.Limit)));
        Assert.Equal(IdentityRules.Default.BlockedValues, rules.BlockedValues);
        Assert.Equal("US", rules.DefaultRegion);
    }

    [Fact]
    public void Normalize_CustomTypeAndEditedBuiltInKeys_NamesTrimmedAndBuiltInsReadTheirFixedPlaces()
    {
        var edited = IdentityRules.Default with
        {
            Types = [.. IdentityRules.Default.Types.Select(t => t.Type == "email" ? t with { Keys = ["traits.mail"] } : t),
                new IdentifierTypeRule(" CRM_ID ", 2, [" traits.crm_id ", "properties.crm_id"])],
            DefaultRegion = "gb",
        };

        var rules = IdentityRulesValidator.Normalize(edited);

        Assert.Equal(["traits.email", "context.traits.email", "properties.email"], rules.Find("email")!.Keys);
        Assert.Equal(["traits.crm_id", "properties.crm_id"], rules.Find("crm_id")!.Keys);
        Assert.Equal("GB", rules.DefaultRegion);
    }

    [Fact]
    public void Normalize_EveryKindOfMistake_OneErrorPerFieldNamingIt()
    {
        var bad = new IdentityRules(
        [
            new("user_id", 2, ["userId"], Enabled: false),
            new("email", 0, []),
            new("email", 5, []),
            new("bad name", 5, ["traits.x"]),
            new("crm_id", 5, []),
            new("loyalty", 5, ["somewhere.loyalty"]),
        ], ["/([/"], "ZZ");

        var error = Assert.Throws<DomainValidationException>(() => IdentityRulesValidator.Normalize(bad));

        Assert.Contains("always enabled", error.Errors["types[0]"].Single(), StringComparison.Ordinal);
        Assert.Contains("between 1 and 1000", error.Errors["types[1]"].Single(), StringComparison.Ordinal);
        Assert.Contains("listed twice", error.Errors["types[2]"].Single(), StringComparison.Ordinal);
        Assert.Contains("not a usable type name", error.Errors["types[3]"].Single(), StringComparison.Ordinal);
        Assert.Contains("traits.crm_id", error.Errors["types[4]"].Single(), StringComparison.Ordinal);
        Assert.Contains("somewhere.loyalty", error.Errors["types[5]"].Single(), StringComparison.Ordinal);
        Assert.Contains(error.Errors["types"], m => m.Contains("phone is missing", StringComparison.Ordinal));
        Assert.Contains("not a valid regular expression", error.Errors["blockedValues"].Single(), StringComparison.Ordinal);
        Assert.Contains("ZZ", error.Errors["defaultRegion"].Single(), StringComparison.Ordinal);
    }

    [Fact]
    public void Normalize_UnknownNormalisationBesideOtherMistakes_AllReportedTogether()
    {
        var bad = IdentityRules.Default with
        {
            Types = [.. IdentityRules.Default.Types.Select(t => t.Type == "email" ? t with { Normalization = (IdentifierNormalization)(-1) } : t)],
            DefaultRegion = "ZZ",
        };

        var error = Assert.Throws<DomainValidationException>(() => IdentityRulesValidator.Normalize(bad));

        Assert.Contains("normalisation of email", error.Errors["types[1]"].Single(), StringComparison.Ordinal);
        Assert.True(error.Errors.ContainsKey("defaultRegion"));
    }
}
