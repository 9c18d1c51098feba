namespace Lodestar.Portal.Client.Features.Destinations;

/// <summary>
/// What the configuration form edits. Secrets are write-only: the form knows which are stored, keeps what is typed, and
/// sends a secret only when it is typed (set) or cleared (an empty value); a stored one left alone is not sent, so kept.
/// </summary>
public sealed class DestinationFormModel
{
    private readonly HashSet<string> _stored;
    private readonly HashSet<string> _cleared = new(StringComparer.Ordinal);

    private DestinationFormModel(DestinationTypeDto type, IEnumerable<string> storedSecrets)
    {
        Type = type;
        _stored = new HashSet<string>(storedSecrets, StringComparer.Ordinal);
    }

    public DestinationTypeDto Type { get; }

    public string Name { get; set; } = "";

    public bool Enabled { get; set; } = true;

    /// <summary>Plain settings by key; secret fields are in <see cref="Secrets"/>.</summary>
    public Dictionary<string, string?> Settings { get; } = new(StringComparer.Ordinal);

    /// <summary>Secret values typed in this form, by key.</summary>
    public Dictionary<string, string?> Secrets { get; } = new(StringComparer.Ordinal);

    public string? ConsentCategory { get; set; }

    /// <summary>Records per request; null for the type's default.</summary>
    public int? BatchSize { get; set; }

    /// <summary>Null for no limit.</summary>
    public double? RequestsPerSecond { get; set; }

    public static DestinationFormModel New(DestinationTypeDto type)
    {
        var model = new DestinationFormModel(type, []);
        foreach (var field in type.Fields.Where(f => !f.Secret))
            model.Settings[field.Key] = field.DefaultValue;
        return model;
    }

    public static DestinationFormModel Of(DestinationDto destination, DestinationTypeDto type)
    {
        var model = new DestinationFormModel(type, destination.SecretsSet)
        {
            Name = destination.Name,
            Enabled = destination.Enabled,
            ConsentCategory = destination.RequiredConsentCategory,
            BatchSize = destination.BatchSize > 0 ? destination.BatchSize : null,
            RequestsPerSecond = destination.RequestsPerSecond,
        };
        foreach (var field in type.Fields.Where(f => !f.Secret))
            model.Settings[field.Key] = destination.Settings.TryGetValue(field.Key, out var value) ? value : null;
        return model;
    }

    /// <summary>A secret is stored on the server and will stay unless it is typed again or cleared.</summary>
    public bool IsKept(string key) => _stored.Contains(key) && !_cleared.Contains(key) && string.IsNullOrEmpty(Secrets.GetValueOrDefault(key));

    public bool IsCleared(string key) => _cleared.Contains(key);

    public bool IsStored(string key) => _stored.Contains(key);

    /// <summary>Clears the stored secret on save (and forgets anything typed for it).</summary>
    public void Clear(string key)
    {
        _cleared.Add(key);
        Secrets.Remove(key);
    }

    public void Keep(string key) => _cleared.Remove(key);

    public void SetSecret(string key, string? value)
    {
        Secrets[key] = value;
        if (!string.IsNullOrEmpty(value))
            _cleared.Remove(key);
    }

    public DestinationInput ToInput()
    {
        var settings = Settings.Where(s => !string.IsNullOrWhiteSpace(s.Value)).ToDictionary(s => s.Key, s => s.Value!.Trim(), StringComparer.Ordinal);
        var secrets = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (key, value) in Secrets.Where(s => !string.IsNullOrEmpty(s.Value)))
            secrets[key] = value!;
        foreach (var key in _cleared.Where(k => _stored.Contains(k)))
            secrets[key] = "";
        return new DestinationInput(Name.Trim(), Type.Type, Enabled, settings, secrets, string.IsNullOrEmpty(ConsentCategory) ? null : ConsentCategory,
            BatchSize, RequestsPerSecond);
    }

    /// <summary>Remembers the secrets as the server now stores them (after a save), so the form shows "set" for them.</summary>
    public void Saved(DestinationDto saved)
    {
        _stored.Clear();
        _stored.UnionWith(saved.SecretsSet);
        _cleared.Clear();
        Secrets.Clear();
    }
}
