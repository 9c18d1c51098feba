using Lodestar.Portal.Client.Infrastructure;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Forms;
using MudBlazor;

namespace Lodestar.Portal.Client.Features.Crm.Import;

/// <summary>
/// Import in three steps on one page: a chosen file is previewed at once (columns mapped by name), the person adjusts the
/// mapping and checks again, and imports when no row is rejected.
/// </summary>
public sealed partial class ImportPage
{
    private static readonly List<BreadcrumbItem> Crumbs = [new("CRM", "crm"), new("Import", null, disabled: true)];
    private string _kind = "contacts";
    private string? _fileName;
    private string? _csv;
    private Dictionary<string, string> _mapping = [];
    private ImportReportDto? _report;
    private ImportReportDto? _done;
    private string? _error;
    private bool _busy;

    [Inject]
    private IImportApi Api { get; set; } = default!;

    private async Task KindChangedAsync(string kind)
    {
        _kind = kind;
        _mapping = [];
        if (_csv is not null)
            await RunAsync(preview: true, keepMapping: false);
    }

    private async Task FileChosenAsync(IBrowserFile? file)
    {
        if (file is null)
            return;
        (_error, _done, _report) = (null, null, null);
        if (file.Size > IImportApi.MaxFileBytes)
        {
            _error = $"{file.Name} is larger than {IImportApi.MaxFileBytes / (1024 * 1024)} MB: split it into several files.";
            return;
        }

        using var reader = new StreamReader(file.OpenReadStream(IImportApi.MaxFileBytes));
        (_fileName, _csv, _mapping) = (file.Name, await reader.ReadToEndAsync(), []);
        await RunAsync(preview: true, keepMapping: false);
    }

    private Task CheckAsync() => RunAsync(preview: true, keepMapping: true);

    private Task ImportAsync() => RunAsync(preview: false, keepMapping: true);

    private async Task RunAsync(bool preview, bool keepMapping)
    {
        if (_csv is null || _fileName is null)
            return;
        (_busy, _error) = (true, null);
        try
        {
            // Every field is sent, mapped or left empty, so the server does exactly what the page shows.
            var mapping = keepMapping ? IImportApi.FieldsOf(_kind).ToDictionary(f => f, f => _mapping.GetValueOrDefault(f, "")) : null;
            var report = await Api.ImportAsync(new ImportRequest(_kind, _fileName, _csv, mapping, preview));
            _mapping = new Dictionary<string, string>(report.Mapping);
            if (!preview && report.Imported > 0)
                (_done, _report, _csv, _fileName) = (report, null, null, null);
            else
                _report = report;
        }
        catch (ApiException ex)
        {
            _error = ex.Errors.Count == 0 ? ex.Message : string.Join(" ", ex.Errors.SelectMany(e => e.Value));
        }
        finally
        {
            _busy = false;
        }
    }
}
