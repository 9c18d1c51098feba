namespace Lodestar.Benchmarks;

/// <summary>A fresh folder under the system temp folder for one benchmark's databases and logs.</summary>
public sealed class TempFolder : IDisposable
{
    private readonly bool _keep;

    public TempFolder(string name, bool keep)
    {
        _keep = keep;
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "lodestar-bench", $"{name}-{Guid.NewGuid():N}"[..(name.Length + 9)]);
        Directory.CreateDirectory(Path);
    }

    public string Path { get; }

    public string File(string name) => System.IO.Path.Combine(Path, name);

    public void Dispose()
    {
        if (_keep)
        {
            Console.WriteLine($"  (kept {Path})");
            return;
        }

        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
            // A file still open by a process that is shutting down: leave it to the temp cleaner.
        }
    }
}
