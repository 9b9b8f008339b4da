namespace Toolkit.Gates.Policy.Tests.Samples;

/// <summary>Kubernetes manifests that break every rule (marked where), and their corrected versions.</summary>
internal static class KubernetesSamples
{
    public const string BadDeployment = """
        apiVersion: apps/v1
        kind: Deployment
        metadata:
          name: web
        spec:
          template:
            spec: # expect: policy/k8s/default-service-account
              hostNetwork: true # expect: policy/k8s/host-network
              hostPID: true # expect: policy/k8s/host-pid
              hostIPC: true # expect: policy/k8s/host-ipc
              volumes:
                - name: sock
                  hostPath:
                    path: /var/run/docker.sock # expect: policy/k8s/docker-sock
                - name: etc
                  hostPath:
                    path: /etc # expect: policy/k8s/sensitive-host-mounts
              containers:
                - name: web # expect: policy/k8s/no-liveness-probe, policy/k8s/no-readiness-probe, policy/k8s/unset-cpu-requirements, policy/k8s/unset-memory-requirements
                  image: nginx:latest # expect: policy/k8s/latest-tag, policy/k8s/image-not-pinned-by-digest
                  env:
                    - name: DB_PASSWORD
                      value: hunter2 # expect: policy/k8s/env-var-secret
                  securityContext: # expect: policy/k8s/run-as-non-root, policy/k8s/no-read-only-root-fs
                    privileged: true # expect: policy/k8s/privileged-container
                    allowPrivilegeEscalation: true # expect: policy/k8s/privilege-escalation-container
                    capabilities:
                      add: [NET_ADMIN] # expect: policy/k8s/drop-capabilities
        """;

    /// <summary>A CronJob (nested template) after a Service, in one multi-document file as Helm renders it.</summary>
    public const string BadCronJobAfterService = """
        # Source: chart/templates/service.yaml
        apiVersion: v1
        kind: Service
        metadata:
          name: web
        ---
        # Source: chart/templates/cronjob.yaml
        apiVersion: batch/v1
        kind: CronJob
        metadata:
          name: report
        spec:
          schedule: "0 * * * *"
          jobTemplate:
            spec:
              template:
                spec:
                  serviceAccountName: report
                  containers:
                    - name: report
                      image: ghcr.io/acme/report:2.0.0 # expect: policy/k8s/image-not-pinned-by-digest
                      securityContext:
                        runAsUser: 0 # expect: policy/k8s/run-as-non-root
                        readOnlyRootFilesystem: true
                        allowPrivilegeEscalation: false
                        capabilities: {drop: [ALL]}
                      resources:
                        requests: {cpu: 10m, memory: 64Mi}
                        limits: {memory: 64Mi}
        """;
}
