using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace Lodestar.Domain.Privacy.Access;

/// <summary>
/// The document's writer: indented JSON for a person to read, handed to the stream whenever a few dozen kilobytes are
/// pending, so memory stays flat whatever the size of the export. Stored JSON (messages, traits, payloads) goes in as it
/// is stored; a stored text that is not JSON goes in as a string rather than breaking the document.
/// </summary>
internal sealed class SubjectJsonWriter(Stream stream) : IAsyncDisposable
{
    private const int FlushAt = 64 * 1024;

    private static readonly JsonWriterOptions Options = new()
    {
        Indented = true,
        // Names and addresses read as written (é, ü, 日本) rather than \u escapes; the file is JSON, never HTML.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public Utf8JsonWriter Json { get; } = new(stream, Options);

    public async Task FlushIfFullAsync(CancellationToken cancellationToken)
    {
        if (Json.BytesPending >= FlushAt)
            await Json.FlushAsync(cancellationToken);
    }

    public void String(string name, string? value)
    {
        if (value is null)
            Json.WriteNull(name);
        else
            Json.WriteString(name, value);
    }

    public void Time(string name, DateTime? value)
    {
        if (value is { } time)
            Json.WriteString(name, DateTime.SpecifyKind(time, DateTimeKind.Utc).ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture));
        else
            Json.WriteNull(name);
    }

    public void Date(string name, DateOnly? value)
    {
        if (value is { } date)
            Json.WriteString(name, date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        else
            Json.WriteNull(name);
    }

    public void Number(string name, long? value)
    {
        if (value is { } number)
            Json.WriteNumber(name, number);
        else
            Json.WriteNull(name);
    }

    public void Number(string name, double? value)
    {
        if (value is { } number && double.IsFinite(number))
            Json.WriteNumber(name, number);
        else
            Json.WriteNull(name);
    }

    public void Boolean(string name, bool? value)
    {
        if (value is { } flag)
            Json.WriteBoolean(name, flag);
        else
            Json.WriteNull(name);
    }

    /// <summary>An enum member as a lower-case, hyphenated word (<c>NoAnswer</c> → <c>no-answer</c>).</summary>
    public void Enum<T>(string name, T value) where T : struct, System.Enum => Json.WriteString(name, Word(value.ToString()));

    public void Enum<T>(string name, T? value) where T : struct, System.Enum => String(name, value is { } v ? Word(v.ToString()) : null);

    /// <summary>Stored JSON as it is stored; text that is not JSON as a string.</summary>
    public void Stored(string name, string? json)
    {
        Json.WritePropertyName(name);
        StoredValue(json);
    }

    public void StoredValue(string? json)
    {
        if (json is null)
        {
            Json.WriteNullValue();
            return;
        }

        try
        {
            // Validates the whole value before writing any of it, so a bad one leaves nothing half-written.
            Json.WriteRawValue(json);
        }
        catch (JsonException)
        {
            Json.WriteStringValue(json);
        }
    }

    public static string Word(string pascal)
    {
        var text = new StringBuilder(pascal.Length + 4);
        for (var i = 0; i < pascal.Length; i++)
        {
            if (i > 0 && char.IsUpper(pascal[i]))
                text.Append('-');
            text.Append(char.ToLowerInvariant(pascal[i]));
        }

        return text.ToString();
    }

    public async ValueTask DisposeAsync()
    {
        await Json.FlushAsync();
        await Json.DisposeAsync();
    }
}
