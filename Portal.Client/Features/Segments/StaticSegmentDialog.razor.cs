using Lodestar.Portal.Client.Features.Crm;
using Lodestar.Portal.Client.Infrastructure;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Forms;
using MudBlazor;

namespace Lodestar.Portal.Client.Features.Segments;

/// <summary>
/// Creates a static segment from a CSV of identifiers and shows what the upload stored (identifiers read, matched to a
/// profile, rows rejected). Closes with the new <see cref="SegmentDto"/>.
/// </summary>
public sealed partial class StaticSegmentDialog
{
    public static readonly DialogOptions Options = new() { MaxWidth = MaxWidth.Small, FullWidth = true, BackdropClick = false };

    /// <summary>Larger lists belong in several segments or an import; the file is held in memory until it is sent.</summary>
    public const long MaxFileBytes = 20 * 1024 * 1024;

    private static readonly IReadOnlyList<string> Fields = ["name", "description"];

    private MudForm _form = default!;
    private string? _name;
    private string? _description;
    private string? _fileName;
    private byte[]? _csv;
    private StaticSegmentReportDto? _report;
    private FieldErrors _errors = FieldErrors.None;
    private string? _message;
    private bool _busy;

    [CascadingParameter]
    private IMudDialogInstance Dialog { get; set; } = default!;

    [Inject]
    private ISegmentsApi Api { get; set; } = default!;

    private async Task FileChosenAsync(IBrowserFile? file)
    {
        if (file is null)
            return;
        (_message, _csv, _fileName) = (null, null, null);
        if (file.Size > MaxFileBytes)
        {
            _message = $"{file.Name} is larger than {MaxFileBytes / (1024 * 1024)} MB: split it into several segments.";
            return;
        }

        // Read now: the browser's file can only be read while the dialog is open, and the upload may be retried.
        using var copy = new MemoryStream();
        await file.OpenReadStream(MaxFileBytes).CopyToAsync(copy);
        (_csv, _fileName) = (copy.ToArray(), file.Name);
        _name ??= Path.GetFileNameWithoutExtension(file.Name);
    }

    private async Task UploadAsync()
    {
        if (_csv is null || _fileName is null)
            return;
        // The last refusal marks fields as errors; the form counts them as invalid until they are rendered without it.
        (_errors, _message) = (FieldErrors.None, null);
        StateHasChanged();
        await Task.Yield();
        await _form.ValidateAsync();
        if (!_form.IsValid)
            return;
        _busy = true;
        try
        {
            using var csv = new MemoryStream(_csv);
            _report = await Api.CreateStaticAsync(_name!.Trim(), string.IsNullOrWhiteSpace(_description) ? null : _description.Trim(), csv, _fileName);
        }
        catch (ApiException ex)
        {
            // The server's message repeats every error; the ones shown under their fields need not be read twice.
            (_errors, _message) = (new FieldErrors(ex.Errors, Fields), ex.Errors.Count > 0 ? "The segment was not created:" : ex.Message);
        }
        finally
        {
            _busy = false;
        }
    }
}
