declare module "jstat" {
  interface Distribution {
    cdf(x: number, ...parameters: number[]): number;
    pdf(x: number, ...parameters: number[]): number;
  }
  export const jStat: {
    binomial: Distribution;
    poisson: Distribution;
    normal: Distribution & { inv(p: number, mean: number, sd: number): number };
    studentt: Distribution;
  };
}
