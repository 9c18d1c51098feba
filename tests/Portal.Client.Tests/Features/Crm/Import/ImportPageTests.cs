using Bunit;
using Lodestar.Portal.Client.Features.Crm.Import;
using Lodestar.Portal.Client.Infrastructure;
using Lodestar.Portal.Client.Tests.TestDoubles;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Forms;

namespace Lodestar.Portal.Client.Tests.Features.Crm.Import;

public sealed class ImportPageTests() : CrmTestBase(PortalRoles.Sales)
{
    private IRenderedComponent<IComponent> Choose(string csv)
    {
        var cut = RenderWithPopovers<ImportPage>();
        cut.FindComponent<InputFile>().UploadFiles(InputFileContent.CreateFromText(csv, "people.csv"));
        cut.WaitForElement("[data-testid='import-mapping']", Patience);
        return cut;
    }

    [Fact]
    public void ChooseFile_PreviewsWithColumnsMappedByName()
    {
        var cut = Choose("Given,Family,email\nJane,Doe,jane@example.com\n");

        var request = Assert.Single(_imports.Requests);
        Assert.Equal(("contacts", "people.csv", true, (IReadOnlyDictionary<string, string>?)null), (request.Kind, request.FileName, request.Preview, request.Mapping));
        Assert.Contains("jane@example.com", cut.Find("[data-testid='import-sample']").TextContent);
        Assert.NotNull(cut.Find("[data-testid='import-ok']"));
    }

    [Fact]
    public void Import_NoRejections_SendsEveryFieldsMappingAndSaysHowManyWereImported()
    {
        var cut = Choose("Given,Family,email\nJane,Doe,jane@example.com\n");

        cut.Find("[data-testid='import-run']").Click();

        cut.WaitForAssertion(() => Assert.Contains("Imported 2 contacts", cut.Find("[data-testid='import-done']").TextContent), Patience);
        var run = _imports.Requests[^1];
        Assert.False(run.Preview);
        Assert.Equal(("email", ""), (run.Mapping!["email"], run.Mapping["firstName"]));
    }

    [Fact]
    public void ChooseFile_RowsRejected_ListsThemAndCannotImport()
    {
        _imports.Answer = r => FakeImportApi.Report(r, [new ImportRejectionDto(3, "email", "'x' is not an email address.")]);

        var cut = Choose("email\nx\n");

        Assert.Contains("'x' is not an email address.", cut.Find("[data-testid='import-rejected-table']").TextContent);
        Assert.True(cut.Find("[data-testid='import-run']").HasAttribute("disabled"));
    }

    [Fact]
    public void ChooseFile_Unreadable_ShowsTheReason()
    {
        _imports.Answer = _ => throw new ApiException(400, "One or more fields are invalid.",
            new Dictionary<string, string[]> { ["file"] = ["The header names the column 'email' twice: give each column its own name."] });
        var cut = RenderWithPopovers<ImportPage>();

        cut.FindComponent<InputFile>().UploadFiles(InputFileContent.CreateFromText("email,email\n", "bad.csv"));

        cut.WaitForAssertion(() => Assert.Contains("'email' twice", cut.Find("[data-testid='import-error']").TextContent), Patience);
    }
}
