namespace Toolkit.Testing;

/// <summary>Kubernetes manifests shared by tests that need a workload policy-ci passes.</summary>
public static class KubernetesManifests
{
    /// <summary>A Deployment every Kubernetes rule of policy-ci passes (service account, non-root, read-only, probes, resources, digest, a secret by reference).</summary>
    public const string HardenedDeployment = """
        apiVersion: apps/v1
        kind: Deployment
        metadata:
          name: web
        spec:
          template:
            spec:
              serviceAccountName: web
              securityContext:
                runAsNonRoot: true
              volumes:
                - name: tmp
                  emptyDir: {}
              containers:
                - name: web
                  image: ghcr.io/acme/web:1.4.2@sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef
                  env:
                    - name: DB_PASSWORD
                      valueFrom:
                        secretKeyRef: {name: db, key: password}
                  securityContext:
                    readOnlyRootFilesystem: true
                    allowPrivilegeEscalation: false
                    capabilities:
                      drop: [ALL]
                  resources:
                    requests: {cpu: 100m, memory: 128Mi}
                    limits: {memory: 256Mi}
                  livenessProbe:
                    httpGet: {path: /healthz, port: 8080}
                  readinessProbe:
                    httpGet: {path: /ready, port: 8080}
        """;
}
