// Frosting-shaped but our own: Cake.Frosting is not served by the package registry this project can reach.
using Toolkit.Build;
using Toolkit.Build.Framework;

return BuildHost.Run(
    args,
    TaskGraph.FromAssembly<BuildContext>(typeof(BuildContext).Assembly),
    arguments => BuildContext.Create(arguments, Console.Out, Console.Error),
    Console.Out,
    Console.Error,
    TimeProvider.System);
