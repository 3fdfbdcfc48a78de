namespace Yardstick.Web.Platform.Web;

/// <summary>Where Yardstick keeps its state on disk: one directory an operator can point at a volume.</summary>
public sealed class YardstickPaths
{
    public YardstickPaths(IConfiguration config, IHostEnvironment env)
    {
        var configured = config["Yardstick:DataDirectory"] ?? "./data";
        DataDirectory = Path.GetFullPath(configured, Directory.GetCurrentDirectory());
        FilesDirectory = Path.Combine(DataDirectory, "files");
        KeysDirectory = Path.Combine(DataDirectory, "keys");
        Directory.CreateDirectory(DataDirectory);
        Directory.CreateDirectory(FilesDirectory);
        Directory.CreateDirectory(KeysDirectory);
    }

    public string DataDirectory { get; }
    public string FilesDirectory { get; }
    public string KeysDirectory { get; }
}
