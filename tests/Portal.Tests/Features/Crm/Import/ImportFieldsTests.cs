using Lodestar.Domain.Crm.Import;
using Lodestar.Portal.Client.Features.Crm.Import;

namespace Lodestar.Portal.Tests.Features.Crm.Import;

/// <summary>The import page offers the fields the Domain maps; the client references nothing of ours, so a test keeps them in step.</summary>
public sealed class ImportFieldsTests
{
    [Theory]
    [InlineData(CrmImportKind.Contacts, "contacts")]
    [InlineData(CrmImportKind.Accounts, "accounts")]
    [InlineData(CrmImportKind.Deals, "deals")]
    public void FieldsOf_EveryKind_SameOnBothSides(CrmImportKind kind, string name) =>
        Assert.Equal(CrmImportMapping.FieldsOf(kind), IImportApi.FieldsOf(name));
}
