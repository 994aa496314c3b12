-- CreateTable
CREATE TABLE "StatsSnapshot" (
    "key" TEXT NOT NULL,
    "data" JSONB NOT NULL,
    "computedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "StatsSnapshot_pkey" PRIMARY KEY ("key")
);

-- CreateTable
CREATE TABLE "RetiredTipCount" (
    "month" TEXT NOT NULL,
    "provinceCode" TEXT NOT NULL,
    "count" INTEGER NOT NULL,

    CONSTRAINT "RetiredTipCount_pkey" PRIMARY KEY ("month","provinceCode")
);
