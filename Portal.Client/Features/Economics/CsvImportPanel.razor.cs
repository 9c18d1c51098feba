using Lodestar.Portal.Client.Features.Crm.Import;
using Lodestar.Portal.Client.Infrastructure;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Forms;

namespace Lodestar.Portal.Client.Features.Economics;

/// <summary>
/// One CSV import of the economics section (spend, historical transactions). The API stores every row or none, so the
/// panel shows either what was stored or every wrong field with its line in the file.
/// </summary>
public sealed partial class CsvImportPanel
{
    private bool _busy;
    private string? _fileName;
    private string? _done;
    private string? _error;
    private IReadOnlyList<ImportRejectionDto> _rejected = [];

    [Parameter, EditorRequired] public string Title { get; set; } = "";

    [Parameter, EditorRequired] public string Description { get; set; } = "";

    /// <summary>The header the file needs, as people type it.</summary>
    [Parameter, EditorRequired] public string Columns { get; set; } = "";

    [Parameter, EditorRequired] public string Example { get; set; } = "";

    [Parameter] public string ButtonText { get; set; } = "Import CSV";

    [Parameter, EditorRequired] public string TestId { get; set; } = "";

    /// <summary>Sends (file name, text) and says what was stored ("Added 2 spend rows.").</summary>
    [Parameter, EditorRequired] public Func<string, string, Task<string>> Import { get; set; } = default!;

    /// <summary>Called after a file was stored, to show its rows.</summary>
    [Parameter] public EventCallback Imported { get; set; }

    private async Task UploadAsync(IBrowserFile? file)
    {
        if (file is null)
            return;
        (_fileName, _done, _error, _rejected) = (file.Name, null, null, []);
        if (file.Size > IEconomicsApi.MaxFileBytes)
        {
            _error = $"{file.Name} is larger than {IEconomicsApi.MaxFileBytes / (1024 * 1024)} MB: split it into several files.";
            return;
        }

        _busy = true;
        try
        {
            using var reader = new StreamReader(file.OpenReadStream(IEconomicsApi.MaxFileBytes));
            _done = $"{file.Name}: {await Import(file.Name, await reader.ReadToEndAsync())}";
        }
        catch (ApiException ex)
        {
            _rejected = RowErrors.Rejections(ex.Errors);
            var other = RowErrors.NotOfRows(ex.Errors);
            _error = $"Nothing was imported from {file.Name}. " + (other.Count > 0 ? string.Join(" ", other) : _rejected.Count > 0 ? "" : ex.Message);
            return;
        }
        finally
        {
            _busy = false;
        }

        await Imported.InvokeAsync();
    }
}
